#include "ui/application.h"

#include <QApplication>
#include <QMainWindow>
#include <QLabel>

#include <clocale>

namespace tern::ui {

int run_application(int argc, char** argv)
{
    QApplication app(argc, argv);
    // QApplication adopts LC_NUMERIC from the environment; the engine parses numbers with the C locale.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setApplicationName(QStringLiteral("Tern"));
    QApplication::setOrganizationName(QStringLiteral("Tern"));
    QApplication::setApplicationVersion(QStringLiteral(TERN_VERSION));
    QMainWindow window;
    window.setCentralWidget(new QLabel(QObject::tr("Tern")));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}

}  // namespace tern::ui
