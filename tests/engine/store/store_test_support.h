// Helpers shared by the run-store tests: file snapshots (to prove a refused file was not touched) and raw SQL
// counts through the store's own Connection wrapper.
#pragma once

#include "engine/store/connection.h"
#include "engine/store/records.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace tern::store::testing {

struct FileSnapshot {
    std::vector<char> bytes;
    std::filesystem::file_time_type mtime;
    std::vector<std::string> folder; // names in the file's folder

    static FileSnapshot of(const std::string& path)
    {
        FileSnapshot snapshot;
        std::ifstream in(path, std::ios::binary);
        snapshot.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        snapshot.mtime = std::filesystem::last_write_time(path);
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
            snapshot.folder.push_back(entry.path().filename().string());
        std::sort(snapshot.folder.begin(), snapshot.folder.end());
        return snapshot;
    }
    bool operator==(const FileSnapshot&) const = default;
};

inline void write_file(const std::string& path, const std::vector<char>& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::vector<std::uint8_t> random_bytes(std::size_t count, unsigned seed)
{
    std::mt19937 generator(seed);
    std::vector<std::uint8_t> bytes(count);
    for (auto& byte : bytes)
        byte = static_cast<std::uint8_t>(generator());
    return bytes;
}

inline ArtifactRecord make_artifact(std::string kind, std::vector<std::uint8_t> data, std::string precision = "")
{
    ArtifactRecord artifact;
    artifact.kind = std::move(kind);
    artifact.precision = std::move(precision);
    artifact.data = std::move(data);
    return artifact;
}

inline RunRecord make_run(std::string dataset_path = "data.csv")
{
    RunRecord run;
    run.dataset_path = std::move(dataset_path);
    run.task = "binary";
    run.metric = "balanced_accuracy";
    return run;
}

// One integer from a query, through a separate raw connection (what another process would see).
inline std::int64_t query_int(const std::string& path, const std::string& sql)
{
    Connection connection(path, Connection::Access::read_only, std::chrono::milliseconds(1000));
    Statement statement = connection.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

inline std::string query_text(const std::string& path, const std::string& sql)
{
    Connection connection(path, Connection::Access::read_only, std::chrono::milliseconds(1000));
    Statement statement = connection.prepare(sql);
    return statement.step() ? statement.text(0) : std::string();
}

} // namespace tern::store::testing
