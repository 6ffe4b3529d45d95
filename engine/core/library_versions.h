// The versions of the libraries Tern actually runs with, and the CPU it runs on. Recorded with every run (so a
// result can be traced to its kernels) and shown in the GUI's About dialog. Qt-free: the GUI adds qVersion().
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace tern {

struct LibraryVersion {
    std::string name;    // "oneDNN", "libxsmm", ...
    std::string version; // as the library reports it at run time where it can, else as compiled in
    std::string detail;  // optional: build or ISA details ("cpu_isa avx512_core_amx", "IR 8, opset 17")
};

struct CpuInfo {
    std::string model;            // "Intel(R) Xeon(R) Processor"; "unknown" when /proc/cpuinfo is unreadable
    unsigned logical_cores = 0;   // hardware threads the process may use
    std::vector<std::string> isa; // subset of avx2 avx512f avx512_bf16 avx512_vnni amx_bf16 amx_int8, in that order
};

struct RuntimeInfo {
    std::vector<LibraryVersion> libraries;
    CpuInfo cpu;
};

// Queried once per process (the answers cannot change while it runs).
const RuntimeInfo& runtime_info();

CpuInfo detect_cpu();
// Parses the text of /proc/cpuinfo; split out so that tests can feed it other machines' files.
CpuInfo parse_cpuinfo(const std::string& text, unsigned logical_cores);

// "Intel(R) Xeon(R) Processor, 2 threads, AVX2 AVX-512F AVX-512 BF16 AVX-512 VNNI"
std::string describe(const CpuInfo& cpu);

nlohmann::json to_json(const RuntimeInfo& info);

} // namespace tern
