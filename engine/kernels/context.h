// What the kernels may use on this machine: the OpenMP thread count and the detected instruction sets (from
// /proc/cpuinfo flags and libxsmm's own target detection), plus this machine's theoretical peak for a precision.
#pragma once

#include <string>

namespace tern::kernels {

enum class Precision { fp32, bf16 };
enum class Backend { reference, libxsmm, onednn };

std::string to_string(Precision p);
std::string to_string(Backend b);
Precision precision_from_string(const std::string& s);  // throws InputError
Backend backend_from_string(const std::string& s);      // throws InputError

struct Isa {
    bool avx2 = false, fma = false;
    bool avx512f = false, avx512_bf16 = false, avx512_vnni = false;
    bool amx_bf16 = false;      // CPU flag AND the kernel granted the tile-data permission
    std::string libxsmm_arch;   // libxsmm_get_target_arch(): "cpx", "clx", "hsw", ...
    std::string name() const;   // the best ISA, e.g. "avx512_bf16+amx"
};

struct Peak {
    double gflops = 0;
    std::string formula;  // "2 cores x 2.60 GHz x 64 FLOP/cycle (AVX-512 FMA, 2 units) = 332.8 GFLOP/s"
};

class Context {
public:
    // Detects the ISA once per process; threads <= 0 keeps OpenMP's current maximum.
    explicit Context(int threads = 0);

    int threads() const { return m_threads; }
    const Isa& isa() const { return m_isa; }
    // Measured once per process and core count; remeasure = true measures the clock again and keeps the highest seen
    // so far (a benchmark asks again after each timing, so that a slow moment of the host at start-up cannot lower
    // the peak the whole run is judged against).
    Peak peak(Precision p, bool remeasure = false) const;

private:
    int m_threads;
    Isa m_isa;
};

// Detected once (cached); requests the AMX tile-data permission from Linux on first call.
const Isa& detected_isa();
// Sets the OpenMP thread count used by both backends (omp_set_num_threads).
void set_threads(int threads);
int max_threads();

// For one measurement: the OpenMP regions this thread starts use `threads` threads until the scope ends. A model's
// set_threads covers its own threading (trees, neighbours); oneDNN's and libxsmm's primitives take OpenMP's count,
// and a one-row latency quoted on one thread was measured on all of them (bf16 at 217 us against 28 us).
class ScopedThreads {
  public:
    explicit ScopedThreads(int threads) : m_previous(max_threads()) { set_threads(threads); }
    ~ScopedThreads() { set_threads(m_previous); }
    ScopedThreads(const ScopedThreads&) = delete;
    ScopedThreads& operator=(const ScopedThreads&) = delete;

  private:
    int m_previous;
};

}  // namespace tern::kernels
