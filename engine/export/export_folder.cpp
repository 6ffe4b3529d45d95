#include "engine/export/export_folder.h"

#include "engine/core/error.h"

#include <chrono>
#include <fmt/format.h>
#include <fstream>
#include <string_view>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <unistd.h>

namespace tern::exporting {

namespace fs = std::filesystem;

namespace {

std::string staging_prefix(const fs::path& final_dir)
{
    return fmt::format(".{}.partial-", final_dir.filename().string());
}

// Removes what exports killed before their end left inside `dir`: staging folders (".NAME.partial-PID-STAMP") whose
// process is gone, whatever folder they were for. Inside the folder the user chose, that makes it empty again, as
// they see it; beside it, a hidden folder of megabytes per killed export no longer piles up.
void remove_abandoned_staging(const fs::path& dir)
{
    static constexpr std::string_view marker = ".partial-";
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const auto at = name.rfind(marker);
        if (!name.starts_with('.') || at == std::string::npos || !it->is_directory(ec))
            continue;
        char* rest = nullptr;
        const long pid = std::strtol(name.c_str() + at + marker.size(), &rest, 10);
        if (pid > 0 && rest && *rest == '-' && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            std::error_code remove_ec;
            fs::remove_all(it->path(), remove_ec);
        }
    }
}

} // namespace

StagingFolder::StagingFolder(const fs::path& final_dir)
{
    m_final = fs::absolute(final_dir).lexically_normal();
    if (m_final.filename().empty())
        m_final = m_final.parent_path();
    std::error_code ec;
    if (fs::exists(m_final, ec)) {
        if (!fs::is_directory(m_final, ec))
            throw InputError(fmt::format("{}: exists and is not a folder", m_final.string()));
        remove_abandoned_staging(m_final);
        if (!fs::is_empty(m_final, ec))
            throw InputError(
                fmt::format("{}: the folder is not empty (choose a new or empty folder)", m_final.string()));
        m_inside_final = true;
    } else {
        fs::create_directories(m_final.parent_path(), ec);
        if (ec)
            throw InputError(
                fmt::format("{}: cannot create the folder: {}", m_final.parent_path().string(), ec.message()));
    }
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const fs::path home = m_inside_final ? m_final : m_final.parent_path();
    if (!m_inside_final)
        remove_abandoned_staging(home);
    m_staging = home / fmt::format("{}{}-{}", staging_prefix(m_final), ::getpid(), stamp);
    if (!fs::create_directory(m_staging, ec) || ec)
        throw InputError(fmt::format("{}: cannot create a folder here: {}", home.string(),
                                     ec ? ec.message() : "it already exists"));
}

StagingFolder::~StagingFolder()
{
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_staging, ec);
    }
}

void StagingFolder::write(const std::string& name, const void* data, std::size_t size)
{
    const fs::path path = m_staging / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out)
        throw WorkError(fmt::format("{}: cannot write {} bytes (disk full?)", (m_final / name).string(), size));
    m_written.push_back(name);
}

void StagingFolder::commit()
{
    std::error_code ec;
    if (m_inside_final) {
        for (const auto& name : m_written) {
            fs::rename(m_staging / name, m_final / name, ec);
            if (ec)
                throw WorkError(fmt::format("{}: cannot move the export into place: {}", (m_final / name).string(),
                                            ec.message()));
        }
        fs::remove(m_staging, ec);
    } else {
        fs::rename(m_staging, m_final, ec);
        if (ec)
            throw WorkError(fmt::format("{}: cannot move the export into place: {}", m_final.string(), ec.message()));
    }
    m_committed = true;
}

} // namespace tern::exporting
