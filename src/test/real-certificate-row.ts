/**
 * A real 6.0.6 unit's `vpn certificate local` row, for the tests of the CLI, restore and REST
 * (imported by *.test.ts only): the `Fortinet_SSL_RSA1024` row of a FortiGate 40F's backup
 * (`#config-version=FGT40F-6.0.6-FW-build0272-191025`, a public provisioning template made from a real
 * backup, found with code search for `edit "Fortinet_CA_Untrusted"`), renamed so it does not meet
 * fgsim's own rows. Its `ENC` password is the unit's, which fgsim cannot decrypt, and its key is
 * encrypted with that password (docs/fortios-6.0.md §4.8.1).
 */
export const REAL_ROW: readonly string[] = [
  'config vpn certificate local',
  '    edit "Real_40F_RSA1024"',
  '        set password ENC zDU6kxKSYFLy2mffkG2xIGBgRItChnkPxMxMGcMjXml64Z2LXzxGv4LCTLZlyLMBCvqsfrO4QxrwhKP3E62x2a7Z7saJ/Ysitm1Mz6j3aBjwUdgG9OlQLnXi5YbEYfvyBupKFuxHvZqM4gX4nf/2tsE/BWm7NV5Jl1qAlhFSL5ZpERtOsC5DN8cBAtPldHVztmYwHw==',
  '        set comments "This certificate is embedded in the hardware at the factory and is unique to this unit. "',
  '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
  'MIIC1DBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIDhrfNaHW9eUCAggA',
  'MAwGCCqGSIb3DQIJBQAwFAYIKoZIhvcNAwcECFsJUphtenXABIICgIwUi2O4NEVk',
  'xHYIzj+IRiBjLa/FpXcA4EbIwH1k8kfrlARxPLeYEUGtTmF53Xx0ENEt2cLdy6Sw',
  'JBtdi9jUrxQucT0rRLmLspMrcRYBrjQ4LMk9GdoFzLUBbyyNtMdaaoAtxf3/70mC',
  'mGEfUEzHGmBxu1Z7nnCwBtvFAfiv2p0wdyTA3BYAEvFJTHz6KPKNglYs/xVyRhX+',
  'OZu1/Vxh2lrxMkYNhwZphiVwwOcNWrj2KsVCahngO18cxm2cjxqIBURyByg00oAA',
  '8xOd3W1Mi4t/fYt4Vqr98MB6b7XCZRYrcuNsB9Yuz3HMleVsu/j+gasoDtn7dpEF',
  'ztZu5qa+QJtMJ/ZJKuMAzxlzOY0kULQFj3LSmOwpQtwroyjrN1CgdTTQW8c7TQAG',
  'A+d1F+b9hdHJZNh1z57HF5PN3cJboSLvbMUytDUtLMmKQ/sME6Gb3q5TvxfneF/4',
  'zZjJeBTY0Upxo3SPZT5JBrdwqfR8Jn7vKOAC+Bq4bzm+e/7zWEu26OsOW4mBUisJ',
  'wyW92gLaQPMTvfe4rGMpgVj9Cizm6xpLclUcKEWW/O9PGeR1V5SHAwnGwmTwiIX9',
  'EabhPCk7wPJUdscKtreZ05HbvAliXoJnVWf60iQroWzHX3M02x6Y+osTTTCvTzv1',
  'IweYHAatJ4n+fctrxeh1ZcRhI5uxg6snvZR0NDiXs06fc3Tt6H/vVe0Vnzbi7nFO',
  '0MqR2QKxnpM0pqN1YCmuAFywRk0FGpfEtKApkNRJldE9EUbaN208AEI09iC2Ebnc',
  '/NvkPXbPgysiVrigtrLTR0CHjiZ0U4o9o1vZxGAVXZko5Odt2XhK9SOlRMhIIdTo',
  'KfkXeMAOG/4=',
  '-----END ENCRYPTED PRIVATE KEY-----"',
  '        set certificate "-----BEGIN CERTIFICATE-----',
  'MIICxjCCAi+gAwIBAgIIYHUixvcLaMMwDQYJKoZIhvcNAQELBQAwgZ0xCzAJBgNV',
  'BAYTAlVTMRMwEQYDVQQIDApDYWxpZm9ybmlhMRIwEAYDVQQHDAlTdW5ueXZhbGUx',
  'ETAPBgNVBAoMCEZvcnRpbmV0MRIwEAYDVQQLDAlGb3J0aUdhdGUxGTAXBgNVBAMM',
  'EEZHVDQwRlRLMjAwNTMwMjMxIzAhBgkqhkiG9w0BCQEWFHN1cHBvcnRAZm9ydGlu',
  'ZXQuY29tMB4XDTIxMDExNDA4MzUwMloXDTMxMDExNTA4MzUwMlowgZ0xCzAJBgNV',
  'BAYTAlVTMRMwEQYDVQQIDApDYWxpZm9ybmlhMRIwEAYDVQQHDAlTdW5ueXZhbGUx',
  'ETAPBgNVBAoMCEZvcnRpbmV0MRIwEAYDVQQLDAlGb3J0aUdhdGUxGTAXBgNVBAMM',
  'EEZHVDQwRlRLMjAwNTMwMjMxIzAhBgkqhkiG9w0BCQEWFHN1cHBvcnRAZm9ydGlu',
  'ZXQuY29tMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDsm3NyxWqYd4CXe7od',
  'zBCbJNRs//LS2FiIWZ8u2I80WXdx38RtWjmS3Rb56FFj1dd15S8ummqE1a60M2t5',
  'Sx0VJHQ2iJMTHQBQgTYkyJtp2VCITRaMVzEcnx8SU9fhoP+Mqt3QXhlnKNjHEbms',
  'bwXrUwmbAQx9NL+6AWkPPNxSfQIDAQABow0wCzAJBgNVHRMEAjAAMA0GCSqGSIb3',
  'DQEBCwUAA4GBAEePoGybznjmSzCWw8j/vJ7QKMMjv/8vjmz5urzvXcAAYKDmOohx',
  'ihZFwT8r5S6DpYSk3G2UE6NNZQLKWW1k+S5Liwy7tl17IT8fJ0tvvttGCs5CBuBW',
  'kPIayCH4x0Mzf/Aok5EdD+BVoxE/wJSSiPNldHxU3wI0STRu4uJVJfIe',
  '-----END CERTIFICATE-----"',
  '        set range global',
  '        set source factory',
  '        set last-updated 1597100049',
  '    next',
  'end',
];
