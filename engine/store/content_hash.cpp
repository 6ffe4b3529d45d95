#include "engine/store/content_hash.h"

#include "engine/core/error.h"

#define XXH_INLINE_ALL // header-only use of libxxhash: nothing to link
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <vector>
#include <xxhash.h>

namespace tern::store {

namespace fs = std::filesystem;

namespace {

struct StateDeleter {
    void operator()(XXH3_state_t* state) const { XXH3_freeState(state); }
};
using State = std::unique_ptr<XXH3_state_t, StateDeleter>;

State new_state()
{
    State state(XXH3_createState());
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK)
        throw WorkError("out of memory while hashing");
    return state;
}

std::string hex_digest(const XXH3_state_t* state)
{
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

} // namespace

std::string content_hash_of_file(const std::string& path)
{
    std::error_code error;
    if (fs::is_directory(path, error))
        throw InputError(fmt::format("{}: is a folder, not a file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(fmt::format("{}: cannot read ({})", path, std::strerror(errno)));
    State state = new_state();
    std::vector<char> chunk(1 << 20);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        XXH3_128bits_update(state.get(), chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw InputError(fmt::format("{}: read error", path));
    return hex_digest(state.get());
}

std::string content_hash_of_image_folder(const std::string& path, FolderWalk walk)
{
    const bool as_read = walk == FolderWalk::as_read;
    std::error_code error;
    if (!fs::is_directory(path, error))
        throw InputError(fmt::format("{}: not a folder", path));
    struct Entry {
        std::string relative;
        std::uintmax_t size;
        std::int64_t mtime;
    };
    std::vector<Entry> entries;
    // A class folder may be a link to the images kept elsewhere, which the reader follows: so does the hash. Only
    // the two levels the reader reads are walked (class folders, their files), so a link back up the tree ends.
    fs::recursive_directory_iterator it(path,
                                        as_read ? fs::directory_options::skip_permission_denied |
                                                      fs::directory_options::follow_directory_symlink
                                                : fs::directory_options::skip_permission_denied,
                                        error);
    if (error)
        throw InputError(fmt::format("{}: cannot list the folder ({})", path, error.message()));
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error)
            throw InputError(fmt::format("{}: cannot list the folder ({})", path, error.message()));
        // Hidden entries (.DS_Store, .thumbnails/) are the file manager's, not the dataset's: touching them must
        // not make the folder a new dataset.
        if (it->path().filename().string().starts_with('.')) {
            if (it->is_directory(error))
                it.disable_recursion_pending();
            continue;
        }
        if (as_read && it->is_directory(error)) {
            if (it.depth() >= 1)
                it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(error))
            continue;
        const auto size = it->file_size(error);
        const auto mtime = it->last_write_time(error).time_since_epoch().count();
        entries.push_back({fs::relative(it->path(), path, error).generic_string(), size, mtime});
    }
    // Directory order differs between file systems; the sorted list does not.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.relative < b.relative; });
    State state = new_state();
    for (const Entry& entry : entries) {
        const std::string line = fmt::format("{}\n{}\n{}\n", entry.relative, entry.size, entry.mtime);
        XXH3_128bits_update(state.get(), line.data(), line.size());
    }
    return hex_digest(state.get());
}

} // namespace tern::store
