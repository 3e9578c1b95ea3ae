/** The reader: files and pasted text to articles, and the generator's worker protocol. */
export * from './read-article';
export * from './protocol';
export * from './run-generation';
