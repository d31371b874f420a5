export const environments = {
  production: 'https://dialpad.com',
  sandbox: 'https://sandbox.dialpad.com',
} as const;

export type Environment = keyof typeof environments;
