export * from './schema';
export { stableId } from './ids';
