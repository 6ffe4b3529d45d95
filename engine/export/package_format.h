// The layout of model.tern and the model it holds, read and written in one place (package_format.cpp).
//
// File: "TERNPKG1" | u32 format version (1, or 2 with a decision threshold) | u32 reserved (0) | u64 manifest length | manifest (JSON, UTF-8) |
//       section bytes | u64 XXH3-64 of every byte before it.
// The manifest names the task, classes, precision, target, input columns and members (family, weight, candidate)
// and lists the sections as {"name", "offset", "length", "encoding": "zstd"|"raw", "raw_length"} relative to the
// first section byte (zstd: every section is compressed unless that gains nothing). Member i has the
// sections "member<i>.pipeline" (prep::Pipeline::save) and "member<i>.model" (models::Model::save; a quantised
// model saves its packed weights). Every length and offset is checked against the bytes that are there.
#pragma once

#include "engine/core/task.h"
#include "engine/quant/precision.h"
#include "engine/search/fitted.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tern::exporting {

// Version 2 adds the manifest's "decision_threshold"; a package without one is written as version 1, which older
// builds still read. A version-1 reader would ignore the threshold and predict other classes, so it must refuse.
inline constexpr std::uint32_t package_format_version = 2;

struct InputColumn {
    std::string name;
    // numeric | date | categorical | text: what the preprocessing was fitted on. A date is a number for the model
    // and for ONNX: days since 1970-01-01 (data/calendar.h); Tern's own readers convert dates to it.
    std::string type;
    // How the fitted file wrote a date column (calendar.h's date_pattern), for the model card; empty otherwise and in
    // a loaded package, which reads dates in the format its pipeline stored.
    std::string date_format;
};

struct PackagedMember {
    search::FittedCandidate fitted;
    double weight = 1.0;
    std::int64_t candidate = 0; // the member's candidate id in its run
};

struct PackagedModel {
    Task task = Task::binary;
    std::vector<std::string> class_names; // empty for regression
    quant::Precision precision = quant::Precision::fp32;
    double residual_fraction = 1.0;
    std::string target;
    std::vector<InputColumn> inputs; // the columns every member's preprocessing reads, in table order
    std::string image_input;         // for a model of images: how an image becomes the inputs (empty for tables)
    // Binary classification: class 1 is predicted where p1 / (p0 + p1) exceeds it (search/decision_threshold.h);
    // empty: the most probable class.
    std::optional<float> decision_threshold;
    std::vector<PackagedMember> members;
    nlohmann::json info = nlohmann::json::object(); // free provenance (run, candidate, created_at) kept in the manifest
};

// The columns the members' pipelines read (union, in the order of the fitted tables).
std::vector<InputColumn> input_columns(const std::vector<PackagedMember>& members);

std::vector<std::uint8_t> write_package(const PackagedModel& model);
// `file` names the source in error messages. InputError "<file>: <what is wrong>" for anything malformed.
PackagedModel read_package(std::span<const std::uint8_t> bytes, const std::string& file);
// Reads at most max_package_bytes; InputError for a missing, unreadable or oversized file.
PackagedModel read_package_file(const std::filesystem::path& path);

inline constexpr std::uint64_t max_package_bytes = 4ull << 30;
inline constexpr std::uint64_t max_manifest_bytes = 16ull << 20;

} // namespace tern::exporting
