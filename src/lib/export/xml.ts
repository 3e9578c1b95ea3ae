/** XML helpers shared by the Moodle XML and QTI exporters. */

// XML 1.0 allows only tab, LF, CR and these ranges; lone surrogates are invalid too.
const INVALID_XML_CHARS =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot hold (and discouraged C1 controls), keeping tab and newlines. */
export function stripControlChars(text: string): string {
	return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for an XML element or attribute value, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
	return stripControlChars(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/\r/g, '&#13;');
}

/** Wraps text in CDATA, splitting any "]]>" inside it so the section cannot be closed early. */
export function cdata(text: string): string {
	return `<![CDATA[${stripControlChars(text).split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** Escapes text for HTML content and turns newlines into <br> (for LMS fields that hold HTML). */
export function textToHtml(text: string): string {
	return escapeXml(text).replace(/&#13;/g, '').replace(/\n/g, '<br>');
}
