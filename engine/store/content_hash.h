// Content fingerprints that tell whether a dataset changed: the same path with a different hash is a new dataset
// row. XXH3-128 (xxhash), streamed in 1 MiB chunks, as 32 lowercase hex digits. Not cryptographic.
#pragma once

#include <string>

namespace tern::store {

// The bytes of a file. InputError "<path>: ..." if it cannot be read.
std::string content_hash_of_file(const std::string& path);

// An image folder: the sorted relative paths of the files in it and in its class folders (linked ones too), with
// their sizes and modification times (the pixels are not read, so a large folder hashes in milliseconds). Hidden
// files and folders, and folders inside class folders, which the reader does not read either, are left out.
// InputError if `path` is not a readable folder.
// `legacy`: the walk of runs stored before (links not followed, folders inside class folders included), so that
// such a run's folder is not taken for changed when it only holds a link or a nested folder.
enum class FolderWalk { as_read, legacy };
std::string content_hash_of_image_folder(const std::string& path, FolderWalk walk = FolderWalk::as_read);

} // namespace tern::store
