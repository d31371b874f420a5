// Type-checked by test/types/typecheck.test.ts: every `@ts-expect-error` below must be a real
// compile error, and the file as a whole must compile.
import { createDialpadClient } from '../../src/index.js';

const client = createDialpadClient({ apiKey: 'type-test-key', baseUrl: 'http://127.0.0.1:1' });

export async function typos(): Promise<void> {
  // A correct call compiles.
  await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], text: 'hi' });

  // @ts-expect-error misspelled body key (textt) on an area method
  await client.sms.send({ user_id: 1, to_numbers: ['+14155550123'], textt: 'hi' });

  // @ts-expect-error misspelled body key on a method with a path parameter
  await client.contacts.update('42', { frist_name: 'Ada' });

  // @ts-expect-error wrong type for a body field
  await client.contacts.update('42', { first_name: 42 });

  // @ts-expect-error misspelled query key on a list method
  client.users.list({ stat: 'active' });

  // @ts-expect-error enum value outside the spec's enum
  client.users.list({ state: 'sleeping' });

  // @ts-expect-error a required path parameter is missing
  await client.users.get();

  // openapi-fetch's own POST takes the same misspelled key without complaint on TypeScript 5.9:
  // this line compiles, which is why the area methods exist.
  await client.POST('/api/v2/sms', { body: { user_id: 1, to_numbers: ['+14155550123'], textt: 'hi' } });
}
