// glibc's malloc tunables (mallopt(3)): M_MMAP_MAX, how many blocks may have their own mapping
// (0: none; glibc would map every block over 32 MiB, such as the 51-154 MB gradient of GPT-2's
// wte, and unmap it when freed, so that each step faulted it in again), and M_TRIM_THRESHOLD, the
// free space at the heap's top that glibc keeps instead of returning it. malloc_trim also returns
// free pages inside the heap, so what a run used does not stay with the process. Scopes nest (a
// comparison holds one per method and one around them): the outermost one restores the defaults.
#include "system/HeapReuse.h"

#include <malloc.h>

#include <mutex>

namespace litetune {

namespace {

constexpr int kKeptWhileRunning = 1024 * 1024 * 1024;
constexpr int kDefaultTrimThreshold = 128 * 1024; // glibc's own defaults
constexpr int kDefaultMmapMax = 65536;

std::mutex g_mutex;
int g_depth = 0;

} // namespace

HeapReuseScope::HeapReuseScope() {
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (g_depth++ == 0) {
        mallopt(M_MMAP_MAX, 0); // no block gets its own mapping, however large
        mallopt(M_TRIM_THRESHOLD, kKeptWhileRunning);
    }
}

HeapReuseScope::~HeapReuseScope() {
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (--g_depth == 0) {
        mallopt(M_MMAP_MAX, kDefaultMmapMax);
        mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
        malloc_trim(0);
    }
}

} // namespace litetune
