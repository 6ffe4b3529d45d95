// Streaming walk over files and folders.
#include "engine/data/file_walker.h"

#include "engine/data/natural_order.h"

#include <algorithm>

namespace tern::data {

namespace fs = std::filesystem;

FileWalker::FileWalker(std::vector<std::string> inputs, bool (*wanted)(const std::string& path))
    : m_inputs(std::move(inputs)), m_wanted(wanted)
{
}

bool FileWalker::enter(const fs::path& folder)
{
    std::error_code ec;
    std::vector<fs::path> entries;
    fs::directory_iterator it(folder, ec);
    if (ec)
        return false;
    for (fs::directory_iterator end; !ec && it != end; it.increment(ec))
        // Hidden entries are the file manager's (.thumbnails/, macOS's ._photo.png), not the user's images.
        if (!it->path().filename().string().starts_with('.'))
            entries.push_back(it->path());
    // Last first: the walk takes entries from the back.
    std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) {
        return natural_less(b.filename().string(), a.filename().string());
    });
    m_levels.push_back(std::move(entries));
    return true;
}

std::optional<std::string> FileWalker::next()
{
    while (true) {
        while (!m_levels.empty()) {
            auto& level = m_levels.back();
            if (level.empty()) {
                m_levels.pop_back();
                continue;
            }
            const fs::path entry = std::move(level.back());
            level.pop_back();
            std::error_code ec;
            const fs::file_status status = fs::symlink_status(entry, ec);
            if (ec)
                continue;
            if (fs::is_directory(status)) {
                if (!enter(entry)) // may reallocate m_levels: `level` is not used after this
                    return entry.string();
                continue;
            }
            const fs::file_status target = fs::status(entry, ec);
            const bool dangling = fs::is_symlink(status) && !fs::exists(target);
            if ((fs::is_regular_file(target) || dangling) && m_wanted(entry.string()))
                return entry.string();
        }
        if (m_pos >= m_inputs.size())
            return std::nullopt;
        const std::string& in = m_inputs[m_pos++];
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            if (!enter(in))
                return in; // cannot be listed: the pipeline reports it
            continue;
        }
        return in; // a file (or a missing path): the pipeline reports what is wrong with it
    }
}

} // namespace tern::data
