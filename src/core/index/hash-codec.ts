/** Hashes as text for a snapshot: their bytes in base64 (far shorter, and faster to read, than a JSON list of numbers). */
export function encodeHashes(hashes: Uint32Array): string {
	const bytes = new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength);
	let binary = "";
	for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
	return btoa(binary);
}

/** The hashes encodeHashes wrote; throws on text it did not write. */
export function decodeHashes(text: string): Uint32Array {
	const binary = atob(text);
	if (binary.length % 4 !== 0) throw new Error("not a list of hashes");
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Uint32Array(bytes.buffer);
}
