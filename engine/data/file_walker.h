// Streams the image files of a list of inputs (files and folders, folders recursively) one path at a time, each
// folder's entries in natural order (img_2 before img_10), as a file manager lists them. Only the folders on the
// current path are listed in memory at once, never a whole tree. Explicit files are passed through whatever their
// extension (a wrong file then fails with a per-file error); inside folders only the files `wanted` accepts (by
// path: OCR and the image models read different formats) are taken, and hidden entries (a leading dot) never.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tern::data {

class FileWalker {
  public:
    FileWalker(std::vector<std::string> inputs, bool (*wanted)(const std::string& path));

    // The next path, or nothing when every input is exhausted. A sub-folder that cannot be listed and a symbolic
    // link to a missing file (of a wanted name) are paths too, so that the reader fails them by name instead of the
    // walk passing over them without a word; symbolic links to folders are not followed (a link back up the tree
    // would never end).
    std::optional<std::string> next();

  private:
    bool enter(const std::filesystem::path& folder); // false when it cannot be listed

    std::vector<std::string> m_inputs;
    bool (*m_wanted)(const std::string&);
    size_t m_pos = 0;
    // The folders being walked, innermost last: each one's entries not taken yet, the next one at the back.
    std::vector<std::vector<std::filesystem::path>> m_levels;
};

} // namespace tern::data
