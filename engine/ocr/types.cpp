// Names of orientations as CONTRACT.md spells them.
#include "engine/ocr/types.h"

namespace tern::ocr {

const char* orientation_name(Orientation o)
{
    switch (o) {
    case Orientation::Up: return "0";
    case Orientation::Right90: return "90";
    case Orientation::Down180: return "180";
    case Orientation::Left270: return "270";
    case Orientation::Vertical: return "vertical";
    }
    return "0";
}

} // namespace tern::ocr
