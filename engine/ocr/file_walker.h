// Streams the image files of a list of inputs (files and folders, folders recursively) one path at a time, so a
// 100,000-image folder is never listed into memory. Explicit files are passed through whatever their extension
// (a wrong file then fails with a per-file error); inside folders only image extensions are taken.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tern::ocr {

class FileWalker {
  public:
    explicit FileWalker(std::vector<std::string> inputs);

    // The next path, or nothing when every input is exhausted. Unreadable sub-folders are skipped.
    std::optional<std::string> next();

  private:
    std::vector<std::string> m_inputs;
    size_t m_pos = 0;
    std::optional<std::filesystem::recursive_directory_iterator> m_dir;
};

} // namespace tern::ocr
