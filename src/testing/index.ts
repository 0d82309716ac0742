/**
 * Test helpers: a realistic, deterministic sample-data generator (also as a TWCS CSV of any
 * size), a seeded random generator, a fake clock, a mock adapter and the adapter contract suite.
 *
 * ```ts
 * import { generateSampleData, createFakeClock } from 'socialcare/testing';
 * ```
 *
 * @module socialcare/testing
 */

export { adapterContract, outboundTextOf } from './adapter-contract';
export type {
  AdapterContractDescriptor,
  AdapterContractFixture,
  AdapterContractHandshake,
  AdapterContractReply,
  TestApi,
} from './adapter-contract-types';
export { createFakeClock, type FakeClock } from './fake-clock';
export {
  generateSampleConversations,
  generateSampleData,
  type SampleData,
  type SampleDataOptions,
  SampleDataOptionsSchema,
} from './generate-sample-data';
export {
  createMockAdapter,
  MOCK_SIGNATURE_HEADER,
  MockAdapter,
  type MockAdapterOptions,
  type MockDeliveryItem,
} from './mock-adapter';
export type { SampleAgent } from './sample-catalogue';
export type { SampleConversation } from './sample-conversation';
export { createSeededRandom, type SeededRandom } from './seeded-random';
export { type SampleTwcsOptions, type SampleTwcsResult, writeSampleTwcs } from './write-sample-twcs';
