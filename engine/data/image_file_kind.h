// Why a path is no image file a reader can open, said as what it is: "no such file" for a pipe or a looping link
// would send the user looking for a typo.
#pragma once

#include "engine/core/message.h"

#include <string>

namespace tern::data {

// A symbolic link that loops or points at nothing, a folder (one a walk could not list: data::FileWalker), a
// device or pipe, or nothing at all; empty for a regular file (or a link to one).
Message not_an_image_file(const std::string& path);

} // namespace tern::data
