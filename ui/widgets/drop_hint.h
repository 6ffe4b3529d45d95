// The empty state of the Data page: what can be dropped here, and buttons for those who prefer dialogs.
#pragma once

#include <QWidget>

class QLabel;

namespace tern::ui {

class DropHint : public QWidget {
    Q_OBJECT
  public:
    explicit DropHint(QWidget* parent = nullptr);

    void setHighlighted(bool on); // while a drag hovers over the page

  signals:
    void openFileRequested();
    void openFolderRequested();

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    QLabel* m_icon;
    bool m_highlighted = false;
};

} // namespace tern::ui
