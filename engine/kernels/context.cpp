// ISA detection and peak computation. The clock is the larger of the reported one (cpufreq max, else /proc/cpuinfo;
// hypervisors often report only the base clock) and one measured while FMAs run on every core the peak counts, all at
// once: AVX-512 may run below the scalar turbo clock, and turbo budgets are shared, so one busy core may clock higher
// than all of them together. Best of twenty short runs.
#include "engine/kernels/context.h"
#include "engine/core/error.h"

#include <immintrin.h>
#include <libxsmm.h>
#include <omp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace tern::kernels {

std::string to_string(Precision p) { return p == Precision::bf16 ? "bf16" : "fp32"; }
std::string to_string(Backend b)
{
    switch (b) {
    case Backend::reference: return "reference";
    case Backend::libxsmm: return "libxsmm";
    case Backend::onednn: return "onednn";
    }
    return "?";
}

Precision precision_from_string(const std::string& s)
{
    if (s == "fp32") return Precision::fp32;
    if (s == "bf16") return Precision::bf16;
    throw InputError("unknown precision '" + s + "' (expected fp32 or bf16)");
}

Backend backend_from_string(const std::string& s)
{
    if (s == "libxsmm") return Backend::libxsmm;
    if (s == "onednn") return Backend::onednn;
    if (s == "reference") return Backend::reference;
    throw InputError("unknown backend '" + s + "' (expected libxsmm, onednn or reference)");
}

std::string Isa::name() const
{
    std::string n = avx512_bf16 ? "avx512_bf16" : avx512f ? "avx512" : avx2 ? "avx2" : "sse";
    if (amx_bf16) n += "+amx";
    return n;
}

namespace {

std::set<std::string> cpu_flags()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    std::set<std::string> flags;
    while (std::getline(in, line)) {
        if (line.rfind("flags", 0) == 0) {
            std::istringstream words(line.substr(line.find(':') + 1));
            for (std::string w; words >> w;) flags.insert(w);
            break;
        }
    }
    return flags;
}

// Linux keeps AMX tile data disabled until a process asks (arch_prctl ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA).
bool request_amx_permission()
{
    constexpr long arch_req_xcomp_perm = 0x1023;
    constexpr long xfeature_xtiledata = 18;
    return syscall(SYS_arch_prctl, arch_req_xcomp_perm, xfeature_xtiledata) == 0;
}

Isa detect()
{
    Isa isa;
    auto flags = cpu_flags();
    auto has = [&](const char* f) { return flags.count(f) > 0; };
    isa.avx2 = has("avx2");
    isa.fma = has("fma");
    isa.avx512f = has("avx512f") && has("avx512bw") && has("avx512vl");
    isa.avx512_bf16 = isa.avx512f && has("avx512_bf16");
    isa.avx512_vnni = isa.avx512f && has("avx512_vnni");
    isa.amx_bf16 = has("amx_bf16") && has("amx_tile") && request_amx_permission();
    libxsmm_init();
    isa.libxsmm_arch = libxsmm_get_target_arch();
    return isa;
}

double reported_ghz()
{
    std::ifstream max_freq("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq");
    double khz = 0;
    if (max_freq >> khz && khz > 0) return khz / 1e6;
    std::ifstream in("/proc/cpuinfo");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("cpu MHz", 0) == 0) return std::stod(line.substr(line.find(':') + 1)) / 1e3;
    return 2.0;
}

// `Chains` independent chains of n dependent FMAs each. One chain retires an FMA per 4 cycles (the FMA latency of
// Intel since Skylake and of AMD Zen 3 to 5), which measures the clock while the vector units work (AVX-512 cores may
// run FMAs below their scalar turbo clock). Twelve chains keep two units busy for latencies up to 6 cycles: against
// one chain they measure how many of the widest FMAs a core retires per cycle. Zen 4 runs AVX-512 as two 256-bit
// halves (one 512-bit FMA per cycle), Zen 5 server cores and most AVX-512 Xeons retire two, some Xeons one: a table
// of vendors got Zen 5 wrong (the MLP bench read 180 % of peak), a measurement does not.
template <int Chains>
__attribute__((target("avx512f"))) double fma_seconds_avx512(long n)
{
    __m512 acc[Chains];
    for (int k = 0; k < Chains; ++k) acc[k] = _mm512_set1_ps(1.0f + 0.01f * static_cast<float>(k));
    const __m512 b = _mm512_set1_ps(0.999999f), c = _mm512_set1_ps(1e-7f);
    auto t0 = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i)
        for (auto& a : acc) a = _mm512_fmadd_ps(a, b, c);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (int k = 1; k < Chains; ++k) acc[0] = _mm512_add_ps(acc[0], acc[k]);
    alignas(64) float out[16];
    _mm512_store_ps(out, acc[0]);
    volatile float sink = out[0];
    (void)sink;
    return s;
}

template <int Chains>
__attribute__((target("avx2,fma"))) double fma_seconds_avx2(long n)
{
    __m256 acc[Chains];
    for (int k = 0; k < Chains; ++k) acc[k] = _mm256_set1_ps(1.0f + 0.01f * static_cast<float>(k));
    const __m256 b = _mm256_set1_ps(0.999999f), c = _mm256_set1_ps(1e-7f);
    auto t0 = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i)
        for (auto& a : acc) a = _mm256_fmadd_ps(a, b, c);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (int k = 1; k < Chains; ++k) acc[0] = _mm256_add_ps(acc[0], acc[k]);
    alignas(32) float out[8];
    _mm256_store_ps(out, acc[0]);
    volatile float sink = out[0];
    (void)sink;
    return s;
}

template <int Chains>
double fma_seconds(const Isa& isa, long n)
{
    return isa.avx512f ? fma_seconds_avx512<Chains>(n) : fma_seconds_avx2<Chains>(n);
}

// 1 or 2: the widest FMAs one core retires per cycle, from the fastest of 10 runs of each kind on this thread. A
// busy moment only slows a run; taken as the best ratio of pairs instead, one interrupted single chain read as two
// units on a one-unit core.
int fma_units(const Isa& isa)
{
    if (!isa.avx2 || !isa.fma) return 1;
    constexpr long n = 1'000'000;
    double one = 1e300, twelve = 1e300;
    for (int rep = 0; rep < 10; ++rep) {
        one = std::min(one, fma_seconds<1>(isa, n));
        twelve = std::min(twelve, fma_seconds<12>(isa, n));
    }
    const double per_cycle = 12.0 * one / twelve / 4.0;
    return per_cycle >= 1.5 ? 2 : 1;
}

// The mean clock of `cores` cores running FMA chains at the same time.
double measured_ghz(const Isa& isa, int cores)
{
    if (!isa.avx2 || !isa.fma) return 0;
    double best = 0;
    // Best of 20 runs of ~6 ms: the clock of a virtual machine's host wanders, and a busy moment only lowers a run.
    constexpr long n = 5'000'000;
    for (int rep = 0; rep < 20; ++rep) {
        double sum = 0;
#pragma omp parallel num_threads(cores) reduction(+ : sum)
        {
            const double s = fma_seconds<1>(isa, n);
            sum += 4.0 * n / s / 1e9;
        }
        best = std::max(best, sum / cores);
    }
    return best;
}

}  // namespace

const Isa& detected_isa()
{
    static const Isa isa = detect();
    return isa;
}

void set_threads(int threads)
{
    if (threads > 0) omp_set_num_threads(threads);
}

int max_threads() { return omp_get_max_threads(); }

Context::Context(int threads) : m_threads(threads > 0 ? threads : omp_get_max_threads()), m_isa(detected_isa())
{
    set_threads(threads);
}

Peak Context::peak(Precision p, bool remeasure) const
{
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    const int used = std::min(cores > 0 ? cores : 1, m_threads);
    static std::mutex lock;
    static std::map<int, double> measured_by_cores;
    double measured;
    {
        std::lock_guard guard(lock);
        auto it = measured_by_cores.find(used);
        if (it == measured_by_cores.end()) it = measured_by_cores.emplace(used, measured_ghz(m_isa, used)).first;
        else if (remeasure) it->second = std::max(it->second, measured_ghz(m_isa, used));
        measured = it->second;
    }
    // A busy machine can only lower the measurement: the reported (nominal) clock is the floor.
    const double ghz = std::max(measured, reported_ghz());
    // FLOP per cycle and core: FP32 FMA = 2 FLOP x lanes x FMAs retired per cycle (fma_units). BF16 dot products
    // (vdpbf16ps) double the FP32 rate; AMX TDPBF16PS retires 1024 FLOP per cycle.
    static const int units = fma_units(m_isa);
    double per_cycle = 16;
    std::string what = "SSE";
    if (m_isa.avx2 && m_isa.fma) {
        const int lanes = m_isa.avx512f ? 16 : 8;
        per_cycle = 2.0 * lanes * units;
        what = std::string(m_isa.avx512f ? "AVX-512" : "AVX2") + " FMA, " + std::to_string(units) +
               " per cycle, measured";
    }
    if (p == Precision::bf16) {
        if (m_isa.amx_bf16) per_cycle = 1024, what = "AMX TDPBF16PS";
        else if (m_isa.avx512_bf16) per_cycle *= 2, what += ", BF16 dot product x2";
    }
    Peak peak;
    peak.gflops = used * ghz * per_cycle;
    char buf[256];
    const char* clock = measured <= reported_ghz() ? "reported"
                        : used > 1                 ? "measured, FMA chains on all cores at once"
                                                   : "measured, FMA chain";
    std::snprintf(buf, sizeof buf, "%d cores x %.2f GHz (%s) x %.0f FLOP/cycle (%s) = %.1f GFLOP/s", used, ghz, clock,
                  per_cycle, what.c_str(), peak.gflops);
    peak.formula = buf;
    return peak;
}

}  // namespace tern::kernels
