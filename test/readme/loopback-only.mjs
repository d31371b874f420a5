// Preloaded (node --import) into every README snippet the tests run: a connection to anything but
// loopback ends the process at once, before any DNS lookup or packet, with exit code 97 and a line
// on stderr. Exiting rather than throwing: a snippet that catches errors (as the README's do) would
// otherwise swallow the refusal and exit 0. Every TCP and TLS connection (fetch, node:http, ws)
// goes through net.Socket.prototype.connect, looked up at call time, so wrapping it covers them all.
import net from 'node:net';

export const EXIT_CODE = 97;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function loopbackOnly(...args) {
  // connect(options, cb), connect(port, host, cb), or Node's internal [options, cb] array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first !== null && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  if (!options.path) {
    const host = options.host ?? 'localhost';
    if (!LOOPBACK.test(host)) {
      process.stderr.write(`loopback-only: refused a connection to ${host}:${options.port} (a README snippet may reach only loopback)\n`);
      process.exit(EXIT_CODE);
    }
  }
  return connect.apply(this, args);
};
