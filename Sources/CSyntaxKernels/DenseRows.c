#include "CSyntaxKernels.h"

typedef void (*AddRows)(int32_t *, const int16_t *const *, long, long, long);

/// Unsigned arithmetic: signed overflow is undefined in C, and Swift's `&+=` wraps.
static void add_rows_portable(int32_t *scores, const int16_t *const *rows, long count, long low, long high) {
    for (long r = 0; r < count; r++) {
        const int16_t *row = rows[r];
        for (long c = low; c < high; c++) scores[c] = (int32_t)((uint32_t)scores[c] + (uint32_t)(int32_t)row[c]);
    }
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("avx2"))) static void add_rows_avx2(int32_t *scores, const int16_t *const *rows, long count, long low, long high) {
    long c = low;
    for (; c + 32 <= high; c += 32) {
        __m256i a0 = _mm256_loadu_si256((const __m256i *)(scores + c));
        __m256i a1 = _mm256_loadu_si256((const __m256i *)(scores + c + 8));
        __m256i a2 = _mm256_loadu_si256((const __m256i *)(scores + c + 16));
        __m256i a3 = _mm256_loadu_si256((const __m256i *)(scores + c + 24));
        for (long r = 0; r < count; r++) {
            const int16_t *row = rows[r] + c;
            a0 = _mm256_add_epi32(a0, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)row)));
            a1 = _mm256_add_epi32(a1, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + 8))));
            a2 = _mm256_add_epi32(a2, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + 16))));
            a3 = _mm256_add_epi32(a3, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + 24))));
        }
        _mm256_storeu_si256((__m256i *)(scores + c), a0);
        _mm256_storeu_si256((__m256i *)(scores + c + 8), a1);
        _mm256_storeu_si256((__m256i *)(scores + c + 16), a2);
        _mm256_storeu_si256((__m256i *)(scores + c + 24), a3);
    }
    for (; c + 8 <= high; c += 8) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(scores + c));
        for (long r = 0; r < count; r++) a = _mm256_add_epi32(a, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(rows[r] + c))));
        _mm256_storeu_si256((__m256i *)(scores + c), a);
    }
    if (c < high) add_rows_portable(scores, rows, count, c, high);
}

/// AVX2 present and its registers saved by the operating system.
static int has_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX)) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6) != 6) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & bit_AVX2) != 0;
}
#endif

void chronograph_add_dense_rows_portable(int32_t *scores, const int16_t *const *rows, long count, long low, long high) {
    add_rows_portable(scores, rows, count, low, high);
}

static AddRows chosen = 0;

void chronograph_add_dense_rows(int32_t *scores, const int16_t *const *rows, long count, long low, long high) {
    AddRows add = __atomic_load_n(&chosen, __ATOMIC_RELAXED);
    if (!add) {
#if defined(__x86_64__)
        add = has_avx2() ? add_rows_avx2 : add_rows_portable;
#else
        add = add_rows_portable;
#endif
        __atomic_store_n(&chosen, add, __ATOMIC_RELAXED);
    }
    add(scores, rows, count, low, high);
}
