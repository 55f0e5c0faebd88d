#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to start loading the cache line holding `address` for reading, without
/// waiting for it (and without faulting: any address may be given). Swift has no prefetch of its
/// own; this inline function compiles to one instruction where it is called.
static inline __attribute__((always_inline)) void chronograph_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
