/**
 * Test helpers: a realistic, deterministic sample-data generator (also as a TWCS CSV of any
 * size), a seeded random generator and a fake clock.
 *
 * ```ts
 * import { generateSampleData, createFakeClock } from 'socialcare/testing';
 * ```
 *
 * @module socialcare/testing
 */
export { createFakeClock, type FakeClock } from './fake-clock';
export {
  generateSampleConversations,
  generateSampleData,
  type SampleData,
  type SampleDataOptions,
  SampleDataOptionsSchema,
} from './generate-sample-data';
export type { SampleAgent } from './sample-catalogue';
export type { SampleConversation } from './sample-conversation';
export { createSeededRandom, type SeededRandom } from './seeded-random';
export { type SampleTwcsOptions, type SampleTwcsResult, writeSampleTwcs } from './write-sample-twcs';
export { adapterContract, outboundTextOf } from './adapter-contract';
export type {
  AdapterContractDescriptor,
  AdapterContractFixture,
  AdapterContractHandshake,
  AdapterContractReply,
} from './adapter-contract-types';
export {
  createMockAdapter,
  MOCK_SIGNATURE_HEADER,
  MockAdapter,
  type MockAdapterOptions,
  type MockDeliveryItem,
} from './mock-adapter';
