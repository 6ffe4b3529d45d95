// Settings > Preferences: the interface language (system default, English, German, Spanish). The language is read
// once at start, so the dialog says a restart applies it.
#pragma once

#include <QDialog>

class QComboBox;

namespace tern::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageChooser() const { return m_language; }

  public slots:
    void accept() override; // writes the choice through Settings

  private:
    QComboBox* m_language;
};

} // namespace tern::ui
