// The export folder appears whole or not at all: files are written into a hidden sibling folder that is renamed
// into place at the end (rename is atomic within one file system) and removed if anything fails before that. An
// empty folder the user chose (perhaps through a link, perhaps in a parent they cannot write) is kept: the files are
// staged in a hidden folder inside it and moved out of it at the end, in the order they were written.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tern::exporting {

class StagingFolder {
  public:
    // InputError when `final_dir` exists and is not an empty folder, or its parent cannot be created.
    explicit StagingFolder(const std::filesystem::path& final_dir);
    ~StagingFolder(); // removes the staging folder unless committed
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    const std::filesystem::path& final_dir() const { return m_final; }
    // Writes `name` inside the staging folder; WorkError when the disk refuses.
    void write(const std::string& name, const void* data, std::size_t size);
    void write(const std::string& name, const std::string& text) { write(name, text.data(), text.size()); }
    void commit(); // renames the staging folder to final_dir

  private:
    std::filesystem::path m_final, m_staging;
    bool m_inside_final = false;     // staging inside an existing empty final_dir
    std::vector<std::string> m_written; // file names, in the order written
    bool m_committed = false;
};

} // namespace tern::exporting
