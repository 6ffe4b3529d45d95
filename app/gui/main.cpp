// tern: the desktop application. Everything of substance lives in tern_ui.
#include "ui/application.h"

int main(int argc, char** argv)
{
    return tern::ui::run_application(argc, argv);
}
