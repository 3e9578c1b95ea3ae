/** Hands a built file to the browser as a download (Blob + object URL + a temporary <a download>). */
export function saveFile({
	data,
	name,
	mime
}: {
	data: Uint8Array | string;
	name: string;
	mime: string;
}): void {
	// Copy bytes into a fresh ArrayBuffer: a Blob part must not be a view on a shared buffer.
	const part = typeof data === 'string' ? data : new Uint8Array(data).buffer;
	const url = URL.createObjectURL(new Blob([part], { type: mime }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
