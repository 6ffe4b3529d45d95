// An inline, dismissable one-line message above a page's content (after KDE's KMessageWidget): errors stay visible
// without a modal dialog, and the page under it stays usable.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tern::ui {

class MessageBanner : public QFrame {
    Q_OBJECT
  public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

  public slots:
    void dismiss();

  private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace tern::ui
