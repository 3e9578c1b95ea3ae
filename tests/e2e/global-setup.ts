// Replaced by the end-to-end harness: builds the app and serves it for the browser tests.
export default async function setup() {}
