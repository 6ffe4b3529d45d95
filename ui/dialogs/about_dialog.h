// Help > About: Tern's version, the versions of Qt and the engine libraries actually linked, and the CPU with the
// instruction sets the kernels can use. "Copy" puts the same text on the clipboard for bug reports.
#pragma once

#include <QDialog>

class QTableWidget;

namespace tern::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString versionsText() const;                    // "Name: version (detail)" per line, then the CPU line
    QString versionOf(const QString& library) const; // "" when the library is not listed

  private:
    QTableWidget* m_table;
    QString m_cpu;
};

} // namespace tern::ui
