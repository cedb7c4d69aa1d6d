// Makes the no-wasm engine smaller once gzipped. Emscripten writes the core's
// static data (name lists, tagger weights, tables) into that file as base64
// string literals, which gzip compresses badly: every 3 bytes become 4
// characters that no longer line up with the repeats in the data. Each such
// literal becomes btoa("...") of the same bytes written as a Latin-1 string,
// which evaluates to exactly the same base64 string, with no eval and no
// network (btoa exists in browsers, workers and Node 16+). 397 → 381 KiB gzip.

// Long enough that it is data, not a word of the glue that looks like base64.
const BASE64_LITERAL = /"([A-Za-z0-9+/]{100,}={0,2})"/g;

// `bytes` as the body of a double-quoted JS string whose characters are those
// bytes (U+0000–U+00FF). A string literal may hold any character but the
// quote, the backslash and the line terminators, so only those and NUL are
// escaped; the rest stand as themselves (UTF-8 writes U+0080–U+00FF in two bytes).
function latin1Literal(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x22) out += '\\"';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte === 0x00) out += bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? '\\x00' : '\\0';
    else out += String.fromCharCode(byte);
  }
  return out;
}

/**
 * `source` with every long base64 string literal written as btoa() of its
 * bytes. A literal that is not canonical base64 (decoding and encoding again
 * would not give it back) is left as it is, so the value of every literal is
 * unchanged.
 */
export function latin1DataLiterals(source) {
  return source.replace(BASE64_LITERAL, (literal, base64) => {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.toString('base64') !== base64) return literal;
    return `btoa("${latin1Literal(bytes)}")`;
  });
}
