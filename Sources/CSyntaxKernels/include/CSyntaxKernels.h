#ifndef CSYNTAXKERNELS_H
#define CSYNTAXKERNELS_H

#include <stdint.h>

/// Asks the processor to start loading the cache line holding `address` for reading, without
/// waiting for it (and without faulting: any address may be given). Swift has no prefetch of its
/// own; this inline function compiles to one instruction where it is called.
static inline __attribute__((always_inline)) void chronograph_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Adds `count` dense weight rows (16-bit weights, one per class) to `scores` over the classes
/// `low..<high`: `scores[c] += rows[r][c]`, wrapping like Swift's `&+=`. With AVX2 (chosen at the
/// first call by what the processor has), 32 classes at a time are summed over all rows in
/// registers and stored once; otherwise a plain loop.
void chronograph_add_dense_rows(int32_t *scores, const int16_t *const *rows, long count, long low, long high);

/// The plain loop alone, whatever the processor has (for tests: on a processor with AVX2 the
/// function above never runs it).
void chronograph_add_dense_rows_portable(int32_t *scores, const int16_t *const *rows, long count, long low, long high);

#endif
