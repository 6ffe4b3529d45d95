// Damage inside a JPEG's compressed data (a block overwritten, bits flipped in a copy) leaves its header and end
// marker intact, and libjpeg decodes the rest as grey after printing "Corrupt JPEG data: ..." on stderr: OpenCV
// passes on neither. Found here before decoding, so that a reader refuses the file by name, as it does a damaged PNG.
#pragma once

#include "engine/core/message.h"

#include <string>
#include <string_view>

namespace tern::data {

// "damaged JPEG data (<libjpeg's own words>)" for the first damage libjpeg meets reading all of `jpeg` (decoded at
// 1/8 scale: every coefficient is read, little is computed), or empty when there is none, as png_damage says it.
// Warnings about harmless oddities (stray bytes between segments, a colour-transform flag) are not damage. Nothing is
// printed.
Message jpeg_damage(std::string_view jpeg);

} // namespace tern::data
