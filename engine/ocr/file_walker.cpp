// Streaming walk over files and folders.
#include "engine/ocr/file_walker.h"

#include "engine/ocr/image_io.h"

namespace tern::ocr {

namespace fs = std::filesystem;

FileWalker::FileWalker(std::vector<std::string> inputs) : m_inputs(std::move(inputs)) {}

std::optional<std::string> FileWalker::next()
{
    while (true) {
        if (m_dir) {
            std::error_code ec;
            auto& it = *m_dir;
            while (it != fs::recursive_directory_iterator()) {
                const fs::directory_entry entry = *it;
                it.increment(ec);
                if (ec) { // e.g. permission denied inside: skip that part, keep walking
                    ec.clear();
                    break;
                }
                std::error_code fec;
                if (entry.is_regular_file(fec) && has_image_extension(entry.path().string()))
                    return entry.path().string();
            }
            if (it == fs::recursive_directory_iterator())
                m_dir.reset();
            continue;
        }
        if (m_pos >= m_inputs.size())
            return std::nullopt;
        const std::string& in = m_inputs[m_pos++];
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            m_dir.emplace(in, fs::directory_options::skip_permission_denied, ec);
            if (ec)
                m_dir.reset();
            continue;
        }
        return in; // a file (or a missing path): the pipeline reports what is wrong with it
    }
}

} // namespace tern::ocr
