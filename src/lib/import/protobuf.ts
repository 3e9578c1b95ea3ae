/**
 * Just enough protobuf to read the few settings newer Anki files keep as protobuf blobs (a note
 * type's kind, a card template's front and back, the package's version). A message is read into
 * its fields by number; nested messages, unknown fields and wire types 1 and 5 are skipped. A
 * damaged blob throws `ProtobufError`; the caller decides what that means for the file.
 */

export class ProtobufError extends Error {}

/** The fields of one message by number: varints as numbers, length-delimited fields as bytes. */
export type ProtoMessage = Map<number, Array<number | Uint8Array>>;

/** Reads a varint at `pos`; numbers past 2^53 lose precision, which no setting read here reaches. */
function varint(bytes: Uint8Array, pos: number): [value: number, next: number] {
	let value = 0;
	let scale = 1;
	for (let i = 0; i < 10; i++) {
		if (pos >= bytes.length) throw new ProtobufError('varint runs past the end');
		const byte = bytes[pos++];
		value += (byte & 0x7f) * scale;
		if (byte < 0x80) return [value, pos];
		scale *= 128;
	}
	throw new ProtobufError('varint longer than 10 bytes');
}

/** The fields of a protobuf message, in the order they appear. */
export function readMessage(bytes: Uint8Array): ProtoMessage {
	const out: ProtoMessage = new Map();
	let pos = 0;
	while (pos < bytes.length) {
		const [key, afterKey] = varint(bytes, pos);
		const field = Math.floor(key / 8);
		const wire = key % 8;
		if (field < 1) throw new ProtobufError('field number 0');
		let value: number | Uint8Array;
		if (wire === 0) [value, pos] = varint(bytes, afterKey);
		else if (wire === 2) {
			const [length, start] = varint(bytes, afterKey);
			if (start + length > bytes.length) throw new ProtobufError('field runs past the end');
			value = bytes.subarray(start, start + length);
			pos = start + length;
		} else if (wire === 1 || wire === 5) {
			pos = afterKey + (wire === 1 ? 8 : 4);
			if (pos > bytes.length) throw new ProtobufError('field runs past the end');
			continue;
		} else throw new ProtobufError(`wire type ${wire}`);
		const list = out.get(field);
		if (list) list.push(value);
		else out.set(field, [value]);
	}
	return out;
}

/** A varint field (enum, bool, integer): its last value, as protobuf reads repeated scalars; 0 if absent. */
export function numberField(message: ProtoMessage, field: number): number {
	const values = message.get(field) ?? [];
	const last = values[values.length - 1];
	return typeof last === 'number' ? last : 0;
}

const utf8 = new TextDecoder();

/** A string field: its last value; '' if absent. */
export function stringField(message: ProtoMessage, field: number): string {
	const values = message.get(field) ?? [];
	const last = values[values.length - 1];
	return last instanceof Uint8Array ? utf8.decode(last) : '';
}
