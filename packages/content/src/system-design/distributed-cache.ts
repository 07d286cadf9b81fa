import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "distributed-cache",
  title: { en: "Distributed In-Memory Cache", ru: "Распределённый кэш в памяти" },
  tracks: ["infrastructure", "backend"],
  prompt: {
    en: "Design a distributed key-value cache, similar to Memcached or Redis Cluster, that many application services use to keep hot data in memory. It should answer reads in well under a millisecond and grow to tens of terabytes of RAM spread over hundreds of machines.",
  },
  scope: {
    en: "In scope: get, set and delete with TTL, partitioning, client routing, replication and failover, eviction, membership changes, and hot keys. Out of scope: using the cache as a durable primary database, rich data types beyond a mention, and cross-region replication (a stretch).",
  },
  clarifyingQuestions: [
    { en: "How much data, how many operations per second, and what is the read:write ratio?" },
    { en: "What do value sizes look like: mostly small, or some multi-megabyte values?" },
    {
      en: "Is losing the data on a failed node acceptable (pure cache), or must it be replicated?",
    },
    {
      en: "What consistency do clients expect: can they read a slightly stale value after a write?",
    },
    { en: "Which eviction policy fits the workload: recency or frequency?" },
    { en: "Is the cluster shared by many teams, and do they need isolation?" },
  ],
  functionalRequirements: [
    { en: "GET, SET (with optional TTL and set-if-absent), DELETE and multi-get." },
    { en: "Evict entries when memory is full, according to a policy." },
    { en: "Add or remove nodes while moving as few keys as possible." },
    { en: "Optionally replicate partitions so a node failure does not empty its share." },
  ],
  nonFunctionalRequirements: [
    { en: "p99 latency under 1 ms inside a data center." },
    { en: "10 M operations per second cluster-wide, scaling roughly linearly with nodes." },
    { en: "A node failure is detected and routed around within seconds." },
    { en: "Eventual consistency is acceptable; the database remains the source of truth." },
  ],
  scale: [
    { label: { en: "Cached data" }, value: "~30 TB" },
    { label: { en: "Nodes" }, value: "300 × 128 GB RAM (~100 GB usable each)" },
    {
      label: { en: "Throughput" },
      value: "10 M ops/s → ~33 k ops/s per node (a node can handle 100 k+)",
    },
    { label: { en: "Items" }, value: "~1 KB average value → ~30 B keys" },
    { label: { en: "Network" }, value: "10 M × 1 KB ≈ 10 GB/s across the cluster" },
  ],
  coreEntities: [
    {
      name: "Entry",
      fields: ["key", "value (bytes)", "expiresAt", "casToken", "lastAccess or frequency"],
    },
    { name: "ClusterMap", fields: ["epoch", "slot → primary node", "slot → replica nodes"] },
    {
      name: "Node",
      fields: ["nodeId", "address", "state (joining | up | suspect | down)", "memoryBytes"],
    },
  ],
  api: [
    {
      signature: "GET key → value | miss",
      purpose: { en: "Read; the client routes directly to the node that owns the key's slot." },
    },
    {
      signature: "SET key value [EX seconds] [NX | XX] → OK | NOT_STORED",
      purpose: { en: "Write with optional TTL and conditional flags." },
    },
    { signature: "DELETE key → 1 | 0", purpose: { en: "Invalidate an entry." } },
    {
      signature: "MGET k1 k2 … → [v1, v2, …]",
      purpose: { en: "Batch read; the client splits keys by node and sends requests in parallel." },
    },
    {
      signature: "CAS key value casToken → OK | CONFLICT",
      purpose: { en: "Compare-and-set for safe read-modify-write." },
    },
  ],
  components: [
    {
      name: { en: "Client library" },
      role: {
        en: "Hashes keys to slots, keeps a cached cluster map, pools connections, and refreshes the map when a node answers 'moved'.",
      },
    },
    {
      name: { en: "Cache nodes" },
      role: {
        en: "Single process per node with an in-memory hash table, slab or arena allocation, TTL expiry and eviction.",
      },
    },
    {
      name: { en: "Cluster coordinator" },
      role: {
        en: "Stores membership and the slot map with an epoch (etcd or ZooKeeper), or nodes agree through gossip.",
      },
    },
    {
      name: { en: "Replicas" },
      role: {
        en: "Each primary streams writes asynchronously to one or two replicas in other racks or zones.",
      },
    },
    {
      name: { en: "Optional proxy tier" },
      role: {
        en: "Routes requests for thin clients or many languages (like twemproxy or Envoy), at the cost of an extra hop.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Partitioning and rebalancing" },
      tradeOffs: [
        {
          en: "hash(key) mod N remaps almost every key when N changes; consistent hashing with virtual nodes moves only about 1/N of keys.",
        },
        {
          en: "A fixed number of slots (Redis Cluster uses 16,384) assigned to nodes makes moves explicit and easy to reason about, but needs a migration protocol for slots in flight.",
        },
        {
          en: "Client-side routing saves a hop but every client must understand the cluster map; a proxy keeps clients simple but adds latency and another tier to scale.",
        },
      ],
    },
    {
      topic: { en: "Replication and failover" },
      tradeOffs: [
        {
          en: "Asynchronous replication keeps writes fast but a failover can lose the last writes; synchronous replication avoids that at a latency cost that defeats the purpose of a cache.",
        },
        {
          en: "Gossip-based failure detection has no central dependency but converges slowly and can disagree; a coordinator gives one view but must itself be highly available.",
        },
        {
          en: "Promoting a replica on a network partition risks two primaries for the same slot; epochs in the cluster map let clients and nodes reject the stale one.",
        },
      ],
    },
    {
      topic: { en: "Eviction and memory management" },
      tradeOffs: [
        {
          en: "Exact LRU needs a linked list update on every read; sampled LRU (pick a few random keys, evict the oldest) is much cheaper and nearly as good.",
        },
        {
          en: "LFU keeps steadily popular keys better than LRU during scans, but needs decay so old favorites eventually leave.",
        },
        {
          en: "Slab allocation avoids fragmentation for similar sizes but wastes memory when value sizes shift over time.",
        },
      ],
    },
    {
      topic: { en: "Hot keys and consistency with the database" },
      tradeOffs: [
        {
          en: "A few very hot keys can saturate one node; a small near-cache in the client or replicating hot keys to several nodes spreads load but makes invalidation harder.",
        },
        {
          en: "When a hot key expires, many clients miss at once; request coalescing, leases or serving stale while one caller refreshes prevent a stampede on the database.",
        },
        {
          en: "Cache-aside with delete-after-write can still leave a stale value after a race; short TTLs bound the damage, and write-through or versioned values narrow the window.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Partitions keys across nodes with hashing and explains the basic get and set path with TTLs.",
      },
      { en: "Names an eviction policy and explains what happens when memory is full." },
    ],
    senior: [
      {
        en: "Uses consistent hashing or fixed slots and explains how adding a node moves a small fraction of keys.",
      },
      {
        en: "Adds replication with failover and is clear about writes lost under asynchronous replication.",
      },
      { en: "Handles hot keys and cache stampedes." },
    ],
    staff: [
      {
        en: "Designs the cluster map and membership protocol with epochs to survive partitions and avoid split brain.",
      },
      {
        en: "Discusses multi-tenant isolation, capacity planning, and cache consistency patterns with the database of record.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Asks whether losing cached data on failure is acceptable and what latency is required.",
      },
    },
    {
      stage: "requirements",
      text: {
        en: "Derives node count from total data and per-node memory, and checks per-node QPS.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines get, set with TTL and conditional flags, delete, multi-get and compare-and-set.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws clients with routing, cache nodes, a coordinator or gossip for membership, and replicas.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains why modulo hashing fails on resize and how consistent hashing or slots fix it.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains an eviction policy and an efficient approximation of it." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Describes failure detection and replica promotion, including what data can be lost.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Handles hot keys and stampedes with coalescing, near-caches or replication of hot keys.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs synchronous against asynchronous replication for a cache." },
    },
    {
      stage: "trade-offs",
      text: { en: "Compares client-side routing with a proxy tier." },
    },
  ],
};
