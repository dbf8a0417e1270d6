import { describe, expect, it } from 'vitest';
import { DeviceError } from './errors';
import { systemInterface } from './schema/system-interface';
import { coerceValue, maskToPrefix, normaliseIpMask } from './values';

const fieldNamed = (name: string) => {
  const f = systemInterface.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

describe('ip/mask values', () => {
  it('accepts both the CLI form and the GUI /nn form', () => {
    expect(normaliseIpMask('192.168.1.99/24')).toBe('192.168.1.99 255.255.255.0');
    expect(normaliseIpMask('10.10.10.1 255.255.255.0')).toBe('10.10.10.1 255.255.255.0');
    expect(normaliseIpMask('10.0.0.1/32')).toBe('10.0.0.1 255.255.255.255');
  });

  it('refuses octets over 255, masks with holes and garbage', () => {
    expect(normaliseIpMask('300.1.1.1/24')).toBeNull();
    expect(normaliseIpMask('10.0.0.1 255.0.255.0')).toBeNull();
    expect(normaliseIpMask('10.0.0.1/33')).toBeNull();
    expect(normaliseIpMask('hello')).toBeNull();
  });

  it('counts the bits of a contiguous mask', () => {
    expect(maskToPrefix('255.255.252.0')).toBe(22);
  });
});

describe('coerceValue', () => {
  it('rejects a bad IP with -651 and the device wording', () => {
    try {
      coerceValue(fieldNamed('ip'), '300.1.1.1/24');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeviceError);
      expect((e as DeviceError).code).toBe(-651);
      expect((e as DeviceError).message).toBe('invalid IP address');
    }
  });

  it('stores allowaccess words in the option list order, once each, and refuses unknown keywords', () => {
    // The 6.0.0 handbook's list, `{ping https ssh snmp http telnet fgfm …}` (docs/fortios-6.0.md §3).
    expect(coerceValue(fieldNamed('allowaccess'), 'ssh https ping ssh')).toBe('ping https ssh');
    expect(coerceValue(fieldNamed('allowaccess'), 'ftm http ping')).toBe('ping http ftm');
    expect(() => coerceValue(fieldNamed('allowaccess'), 'ping fortitelemetry')).toThrow(DeviceError);
  });

  it('limits an alias to 25 characters', () => {
    expect(coerceValue(fieldNamed('alias'), 'a'.repeat(25))).toBe('a'.repeat(25));
    expect(() => coerceValue(fieldNamed('alias'), 'a'.repeat(26))).toThrow(/too long/);
  });

  it('checks integer ranges (VLAN ID 0-4094)', () => {
    expect(coerceValue(fieldNamed('vlanid'), '42')).toBe(42);
    expect(() => coerceValue(fieldNamed('vlanid'), 4095)).toThrow(DeviceError);
    expect(() => coerceValue(fieldNamed('vlanid'), 'forty')).toThrow(/invalid unsigned integer value: forty/);
  });
});
