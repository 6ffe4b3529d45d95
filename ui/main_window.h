// Tern's main window: a navigation list on the left, one page per area on the right (Data, Run, Leaderboard, OCR,
// Export, History), menus, shortcuts and the status bar. It wires pages together; each page is its own class and
// the engine controllers (engine, inspector, background) are the only owners of background work.
#pragma once

#include <QMainWindow>

class QMenu;
class QStackedWidget;

namespace tern::ui {

class DataPage;
class EngineController;
class NavigationBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    enum Page { Data, Run, Leaderboard, Ocr, Export, History, PageCount };
    static constexpr int kCompactNavigationBelow = 1100; // window width, px

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    EngineController* engine() const { return m_engine; }
    EngineController* inspector() const { return m_inspector; }   // short read-only looks at the store
    EngineController* background() const { return m_background; } // heavy optional analysis, lowered priority
    DataPage* dataPage() const { return m_dataPage; }
    QWidget* page(Page page) const;
    int currentPage() const;

    void setVisible(bool visible) override;

  public slots:
    void setCurrentPage(int page);
    // Dropped or named files: image files alone are read on the OCR page, else the first other path opens on the
    // Data page.
    void openPaths(const QStringList& paths);
    void showAbout();
    void showPreferences();

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void addPage(QWidget* page, const QString& icon, const QString& title);
    void createMenus();
    void rebuildRecentMenu();
    void restoreSettings();

    EngineController* m_engine;
    EngineController* m_inspector;
    EngineController* m_background;
    NavigationBar* m_navigation;
    QStackedWidget* m_pages;
    DataPage* m_dataPage;
    QMenu* m_recentMenu = nullptr;
};

} // namespace tern::ui
