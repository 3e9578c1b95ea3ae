import { describe, expect, it } from 'vitest';
import {
	numberField,
	ProtobufError,
	readMessage,
	stringField
} from '../../../src/lib/import/protobuf';
import { protobuf } from './helpers';

describe('protobuf', () => {
	it('reads varints, strings and nested messages, skipping fixed-width fields', () => {
		const fixed = [0x19, 1, 2, 3, 4, 5, 6, 7, 8, 0x25, 1, 2, 3, 4]; // field 3 fixed64, 4 fixed32
		const bytes = new Uint8Array([
			...protobuf([
				[1, 1],
				[2, 'Front: {{Front}} – “é”'],
				[5, 2 ** 40 + 3]
			]),
			...fixed,
			...protobuf([[8, protobuf([[1, 7]])]])
		]);
		const m = readMessage(bytes);
		expect(numberField(m, 1)).toBe(1);
		expect(stringField(m, 2)).toBe('Front: {{Front}} – “é”');
		expect(numberField(m, 5)).toBe(2 ** 40 + 3);
		expect(m.has(3) || m.has(4)).toBe(false);
		expect(numberField(readMessage(m.get(8)![0] as Uint8Array), 1)).toBe(7);
		// Absent fields read as proto3 defaults.
		expect(numberField(m, 9)).toBe(0);
		expect(stringField(m, 9)).toBe('');
		expect(numberField(readMessage(new Uint8Array(0)), 1)).toBe(0);
	});

	it('throws ProtobufError on a cut or malformed message', () => {
		const whole = protobuf([
			[1, 300],
			[2, 'abc']
		]);
		// [08 ac 02] is field 1 whole, so only a cut at 3 leaves a message.
		expect(numberField(readMessage(whole.subarray(0, 3)), 1)).toBe(300);
		for (const end of [1, 2, 4, 5, 6, 7])
			expect(() => readMessage(whole.subarray(0, end)), `cut at ${end}`).toThrow(ProtobufError);
		expect(() => readMessage(new Uint8Array([0x0b]))).toThrow(ProtobufError); // group start
		expect(() => readMessage(new Uint8Array([0x00, 0x00]))).toThrow(ProtobufError); // field 0
		expect(() => readMessage(new Uint8Array(11).fill(0x80))).toThrow(ProtobufError);
	});
});
