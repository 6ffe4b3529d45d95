// Asks each linked library for its version. Shared libraries answer at run time (dnnl_version, cv::getVersionString,
// TessBaseAPI::Version, sqlite3_libversion, XGBoostVersion, muparser's GetVersion); libxsmm and fmt are linked
// statically or header-only, so their compiled-in version is the one running.
#include "engine/core/library_versions.h"

#include <dnnl.h>
#include <fmt/format.h>
#include <libxsmm.h>
#include <muParser.h>
#include <nlohmann/json.hpp>
#include <onnx/defs/schema.h>
#include <opencv2/core/utility.hpp>
#include <sqlite3.h>
#include <xgboost/c_api.h>
#if defined(TERN_WITH_OCR)
#include <tesseract/baseapi.h>
#endif

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>
#include <thread>

#ifndef TERN_ONNX_VERSION
#define TERN_ONNX_VERSION "unknown"
#endif

namespace tern {
namespace {

LibraryVersion onednn_version()
{
    const dnnl_version_t* v = dnnl_version();
    std::string detail = v->cpu_runtime == DNNL_RUNTIME_OMP ? "OpenMP runtime" : "non-OpenMP runtime";
    // Distribution builds report "N/A" instead of a commit.
    if (v->hash && std::string_view(v->hash) != "N/A" && *v->hash)
        detail += fmt::format(", commit {}", std::string(v->hash).substr(0, 8));
    return {"oneDNN", fmt::format("{}.{}.{}", v->major, v->minor, v->patch), detail};
}

LibraryVersion libxsmm_version()
{
    // libxsmm_get_target_arch() reports the instruction set its JIT generates code for on this CPU.
    const char* arch = libxsmm_get_target_arch();
    return {"libxsmm", fmt::format("{}.{}.{}", LIBXSMM_VERSION_MAJOR, LIBXSMM_VERSION_MINOR, LIBXSMM_VERSION_UPDATE),
            fmt::format("JIT target {}", arch ? arch : "unknown")};
}

LibraryVersion xgboost_version()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return {"XGBoost", fmt::format("{}.{}.{}", major, minor, patch), {}};
}

LibraryVersion muparser_version()
{
    mu::Parser parser;
    std::string version = parser.GetVersion(mu::pviBRIEF); // "2.3.3 (Release)": keep the number
    return {"muparser", version.substr(0, version.find(' ')), {}};
}

LibraryVersion onnx_version()
{
    const auto& ranges = onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map();
    const auto found = ranges.find(onnx::ONNX_DOMAIN);
    const int opset = found != ranges.end() ? found->second.second : 0;
    return {"ONNX", TERN_ONNX_VERSION, fmt::format("IR {}, opset up to {}", int(onnx::IR_VERSION), opset)};
}

std::vector<LibraryVersion> query_libraries()
{
    std::vector<LibraryVersion> libs;
    libs.push_back(onednn_version());
    libs.push_back(libxsmm_version());
    libs.push_back({"OpenCV", cv::getVersionString(), {}});
#if defined(TERN_WITH_OCR)
    libs.push_back({"Tesseract", tesseract::TessBaseAPI::Version(), {}});
#endif
    libs.push_back({"SQLite", sqlite3_libversion(), {}});
    libs.push_back(xgboost_version());
    libs.push_back(muparser_version());
    libs.push_back(onnx_version());
    libs.push_back(
        {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100), {}});
    return libs;
}

std::string trim(std::string s)
{
    const auto first = s.find_first_not_of(" \t");
    const auto last = s.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

} // namespace

CpuInfo parse_cpuinfo(const std::string& text, unsigned logical_cores)
{
    static constexpr std::array<const char*, 6> wanted{"avx2",        "avx512f",  "avx512_bf16",
                                                       "avx512_vnni", "amx_bf16", "amx_int8"};
    CpuInfo cpu;
    cpu.logical_cores = logical_cores;
    std::set<std::string> flags;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = trim(line.substr(0, colon));
        const std::string value = trim(line.substr(colon + 1));
        if (key == "model name" && cpu.model.empty())
            cpu.model = value;
        else if (key == "flags" && flags.empty()) {
            std::istringstream words(value);
            for (std::string w; words >> w;)
                flags.insert(w);
        }
    }
    if (cpu.model.empty())
        cpu.model = "unknown";
    for (const char* isa : wanted)
        if (flags.count(isa))
            cpu.isa.emplace_back(isa);
    return cpu;
}

CpuInfo detect_cpu()
{
    std::ifstream in("/proc/cpuinfo");
    std::stringstream text;
    text << in.rdbuf();
    return parse_cpuinfo(text.str(), std::max(1u, std::thread::hardware_concurrency()));
}

const RuntimeInfo& runtime_info()
{
    static const RuntimeInfo info{query_libraries(), detect_cpu()};
    return info;
}

std::string describe(const CpuInfo& cpu)
{
    std::string isa;
    for (const auto& flag : cpu.isa) {
        std::string shown = flag;
        if (flag == "avx2")
            shown = "AVX2";
        else if (flag == "avx512f")
            shown = "AVX-512F";
        else if (flag == "avx512_bf16")
            shown = "AVX-512 BF16";
        else if (flag == "avx512_vnni")
            shown = "AVX-512 VNNI";
        else if (flag == "amx_bf16")
            shown = "AMX BF16";
        else if (flag == "amx_int8")
            shown = "AMX INT8";
        isa += (isa.empty() ? "" : " ") + shown;
    }
    return fmt::format("{}, {} threads, {}", cpu.model, cpu.logical_cores, isa.empty() ? "no AVX2" : isa);
}

nlohmann::json to_json(const RuntimeInfo& info)
{
    nlohmann::json libs = nlohmann::json::object();
    for (const auto& lib : info.libraries) {
        libs[lib.name] = lib.version;
    }
    nlohmann::json details = nlohmann::json::object();
    for (const auto& lib : info.libraries)
        if (!lib.detail.empty())
            details[lib.name] = lib.detail;
    return {{"libraries", libs},
            {"library_details", details},
            {"cpu", {{"model", info.cpu.model}, {"logical_cores", info.cpu.logical_cores}, {"isa", info.cpu.isa}}}};
}

} // namespace tern
