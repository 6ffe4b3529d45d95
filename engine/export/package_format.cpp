#include "engine/export/package_format.h"

#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"
#include "engine/quant/quantized_model.h"

#define XXH_INLINE_ALL // header-only use of libxxhash, as engine/store/content_hash.cpp
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <set>
#include <xxhash.h>
#include <zstd.h>

namespace tern::exporting {

namespace {

constexpr char magic[8] = {'T', 'E', 'R', 'N', 'P', 'K', 'G', '1'};
constexpr std::size_t header_bytes = 8 + 4 + 4 + 8;
constexpr std::size_t max_members = 1024;
constexpr std::uint64_t max_section_bytes = 2ull << 30; // decompressed; no model Tern fits comes near it

// zstd at a high level: export is rare, loading (decompression) stays fast at any level. Stored raw when
// compression gains nothing (already dense data).
std::vector<std::uint8_t> compress(const std::vector<std::uint8_t>& raw, bool& compressed)
{
    const int level = raw.size() <= (8u << 20) ? 19 : 9;
    std::vector<std::uint8_t> out(ZSTD_compressBound(raw.size()));
    const std::size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), level);
    compressed = !ZSTD_isError(n) && n < raw.size();
    if (!compressed)
        return raw;
    out.resize(n);
    return out;
}

template <typename T> void put(std::vector<std::uint8_t>& out, T v)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<std::uint8_t>(static_cast<std::uint64_t>(v) >> (8 * i)));
}

template <typename T> T get(std::span<const std::uint8_t> bytes, std::size_t at)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= static_cast<std::uint64_t>(bytes[at + i]) << (8 * i);
    return static_cast<T>(v);
}

std::string section_name(std::size_t member, const char* part)
{
    return fmt::format("member{}.{}", member, part);
}

// A quantised model carries its own envelope family ("quantized"), restored by engine/quant.
std::unique_ptr<models::Model> load_model(std::span<const std::uint8_t> bytes)
{
    if (models::peek_family(bytes) == "quantized")
        return quant::load_quantized_model(bytes);
    return models::load(bytes);
}

// A section's stored bytes, decompressed when they are zstd: the declared size is checked against the frame's own
// and a cap before anything is allocated.
template <typename Fail>
std::vector<std::uint8_t> section_bytes(std::span<const std::uint8_t> stored, const nlohmann::json& s,
                                        const std::string& name, const Fail& fail)
{
    const std::string encoding = s.value("encoding", std::string("raw"));
    if (encoding == "raw")
        return {stored.begin(), stored.end()};
    if (encoding != "zstd")
        throw fail(fmt::format("section '{}': unknown encoding '{}'", name, encoding));
    const auto raw_length = s.at("raw_length").get<std::uint64_t>();
    const auto frame = ZSTD_getFrameContentSize(stored.data(), stored.size());
    if (raw_length > max_section_bytes || frame != raw_length)
        throw fail(fmt::format("corrupted: section '{}' declares {} bytes, its data holds {}", name, raw_length,
                               frame == ZSTD_CONTENTSIZE_UNKNOWN || frame == ZSTD_CONTENTSIZE_ERROR
                                   ? std::string("an unreadable frame")
                                   : std::to_string(frame)));
    std::vector<std::uint8_t> out(raw_length);
    const std::size_t n = ZSTD_decompress(out.data(), out.size(), stored.data(), stored.size());
    if (ZSTD_isError(n) || n != raw_length)
        throw fail(fmt::format("corrupted: section '{}' does not decompress", name));
    return out;
}

} // namespace

std::vector<InputColumn> input_columns(const std::vector<PackagedMember>& members)
{
    // (source index, name) orders the columns as the fitted table had them; members share one table.
    std::map<std::pair<std::size_t, std::string>, InputColumn> seen;
    std::set<std::string> names;
    for (const auto& m : members) {
        const auto& steps = m.fitted.pipeline.steps();
        for (const auto& s : steps.numeric)
            if (names.insert(s.column).second)
                seen[{s.source_index, s.column}] =
                    s.date ? InputColumn{s.column, "date", std::string(data::date_pattern(s.date_format))}
                           : InputColumn{s.column, "numeric", {}};
        for (const auto& s : steps.categorical)
            if (names.insert(s.column).second)
                seen[{s.source_index, s.column}] = {s.column, s.text ? "text" : "categorical", {}};
    }
    std::vector<InputColumn> out;
    for (auto& [key, column] : seen)
        out.push_back(std::move(column));
    return out;
}

std::vector<std::uint8_t> write_package(const PackagedModel& model)
{
    std::vector<std::uint8_t> payload;
    nlohmann::json sections = nlohmann::json::array();
    nlohmann::json members = nlohmann::json::array();
    auto add_section = [&](const std::string& name, const std::vector<std::uint8_t>& raw) {
        bool compressed = false;
        const auto bytes = compress(raw, compressed);
        sections.push_back({{"name", name},
                            {"offset", payload.size()},
                            {"length", bytes.size()},
                            {"encoding", compressed ? "zstd" : "raw"},
                            {"raw_length", raw.size()}});
        payload.insert(payload.end(), bytes.begin(), bytes.end());
    };
    for (std::size_t i = 0; i < model.members.size(); ++i) {
        const auto& m = model.members[i];
        members.push_back({{"family", m.fitted.family}, {"weight", m.weight}, {"candidate", m.candidate}});
        add_section(section_name(i, "pipeline"), m.fitted.pipeline.save());
        add_section(section_name(i, "model"), m.fitted.model->save());
    }
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& c : model.inputs)
        inputs.push_back({{"name", c.name}, {"type", c.type}});
    const std::uint32_t version = model.decision_threshold ? 2 : 1;
    nlohmann::json manifest = {
        {"format", "tern-package"},
        {"format_version", version},
        {"task", std::string(to_string(model.task))},
        {"classes", model.class_names},
        {"precision", quant::to_string(model.precision)},
        {"residual_fraction", model.residual_fraction},
        {"target", model.target},
        {"inputs", inputs},
        {"members", members},
        {"sections", sections},
        {"info", model.info},
        {"image_input", model.image_input},
    };
    if (model.decision_threshold)
        manifest["decision_threshold"] = *model.decision_threshold;
    const std::string text = manifest.dump();
    std::vector<std::uint8_t> out(magic, magic + 8);
    put<std::uint32_t>(out, version);
    put<std::uint32_t>(out, 0);
    put<std::uint64_t>(out, text.size());
    out.insert(out.end(), text.begin(), text.end());
    out.insert(out.end(), payload.begin(), payload.end());
    put<std::uint64_t>(out, XXH3_64bits(out.data(), out.size()));
    return out;
}

PackagedModel read_package(std::span<const std::uint8_t> bytes, const std::string& file)
{
    auto fail = [&](const std::string& what) -> InputError { return InputError(fmt::format("{}: {}", file, what)); };
    if (bytes.size() < 8 || std::memcmp(bytes.data(), magic, 8) != 0)
        throw fail("not a Tern model package (model.tern)");
    if (bytes.size() < header_bytes + 8)
        throw fail(fmt::format("truncated: {} bytes, shorter than the package header", bytes.size()));
    const auto version = get<std::uint32_t>(bytes, 8);
    if (version == 0 || version > package_format_version)
        throw fail(fmt::format("package format version {} is not one this build reads (up to {})", version,
                               package_format_version));
    const auto manifest_len = get<std::uint64_t>(bytes, 16);
    const std::size_t body_end = bytes.size() - 8; // the checksum is the last 8 bytes
    if (manifest_len > max_manifest_bytes || manifest_len > body_end - header_bytes)
        throw fail(fmt::format("truncated or corrupted: the manifest claims {} bytes, {} remain", manifest_len,
                               body_end - header_bytes));
    if (XXH3_64bits(bytes.data(), body_end) != get<std::uint64_t>(bytes, body_end))
        throw fail("corrupted: checksum mismatch (the file was truncated or changed after export)");

    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(bytes.begin() + header_bytes, bytes.begin() + header_bytes + manifest_len);
    } catch (const nlohmann::json::exception&) {
        throw fail("corrupted: the manifest is not valid JSON");
    }
    const std::span<const std::uint8_t> payload =
        bytes.subspan(header_bytes + manifest_len, body_end - header_bytes - manifest_len);
    PackagedModel model;
    try {
        const auto task = task_from_string(manifest.at("task").get<std::string>());
        if (!task)
            throw fail("manifest: unknown task");
        model.task = *task;
        model.class_names = manifest.at("classes").get<std::vector<std::string>>();
        model.precision = quant::precision_from_string(manifest.at("precision").get<std::string>());
        model.residual_fraction = manifest.value("residual_fraction", 1.0);
        model.target = manifest.value("target", std::string());
        model.info = manifest.value("info", nlohmann::json::object());
        model.image_input = manifest.value("image_input", std::string());
        if (manifest.contains("decision_threshold")) {
            const float t = manifest.at("decision_threshold").get<float>();
            if (model.task != Task::binary || model.class_names.size() != 2 || !(t > 0 && t < 1))
                throw fail("manifest: a decision threshold needs a binary task and lies between 0 and 1");
            model.decision_threshold = t;
        }
        for (const auto& c : manifest.at("inputs"))
            model.inputs.push_back({c.at("name").get<std::string>(), c.at("type").get<std::string>(), {}});
        std::map<std::string, std::vector<std::uint8_t>> sections;
        for (const auto& s : manifest.at("sections")) {
            const auto name = s.at("name").get<std::string>();
            const auto offset = s.at("offset").get<std::uint64_t>(), length = s.at("length").get<std::uint64_t>();
            if (offset > payload.size() || length > payload.size() - offset)
                throw fail(fmt::format("corrupted: section '{}' lies outside the file", name));
            sections[name] = section_bytes(payload.subspan(offset, length), s, name, fail);
        }
        const auto& members = manifest.at("members");
        if (members.empty() || members.size() > max_members)
            throw fail(fmt::format("manifest: {} members", members.size()));
        if (is_classification(model.task) != !model.class_names.empty())
            throw fail("manifest: the class names do not match the task");
        for (std::size_t i = 0; i < members.size(); ++i) {
            PackagedMember m;
            m.fitted.family = members[i].at("family").get<std::string>();
            m.weight = members[i].at("weight").get<double>();
            m.candidate = members[i].value("candidate", std::int64_t{0});
            for (const char* part : {"pipeline", "model"})
                if (!sections.count(section_name(i, part)))
                    throw fail(fmt::format("section '{}' is missing", section_name(i, part)));
            m.fitted.pipeline = prep::Pipeline::load(sections[section_name(i, "pipeline")]);
            m.fitted.model = load_model(sections[section_name(i, "model")]);
            model.members.push_back(std::move(m));
        }
    } catch (const nlohmann::json::exception& e) {
        throw fail(fmt::format("corrupted manifest: {}", e.what()));
    } catch (const InputError& e) {
        const std::string what = e.what();
        if (what.rfind(file + ":", 0) == 0)
            throw;
        throw fail(what);
    }
    return model;
}

PackagedModel read_package_file(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw InputError(fmt::format("{}: no such model package", name));
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw InputError(fmt::format("{}: cannot read: {}", name, ec.message()));
    if (size > max_package_bytes)
        throw InputError(fmt::format("{}: {} bytes, larger than any package Tern writes", name, size));
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)))
        throw InputError(fmt::format("{}: cannot read the file", name));
    return read_package(bytes, name);
}

} // namespace tern::exporting
