// HeapReuse: while a run trains or evaluates, freed memory stays in the process for the next step.
// A training step frees and allocates the same buffers every time; glibc's defaults hand large
// ones back to the kernel (trimming the heap top, unmapping blocks over its adaptive mmap
// threshold), so each step paid for them again in page faults and zero-filled pages: a fifth of a
// small model's full fine-tuning time on the CPU (docs/benchmarks.md). On leaving the scope the default trimming
// returns, and the free memory goes back to the system at once, so an idle GUI holds none of it.
#pragma once

namespace litetune {

class HeapReuseScope {
public:
    HeapReuseScope();
    ~HeapReuseScope();
    HeapReuseScope(const HeapReuseScope&) = delete;
    HeapReuseScope& operator=(const HeapReuseScope&) = delete;
};

} // namespace litetune
