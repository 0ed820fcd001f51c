extension PreviewAssets {
    /// The preview's layout on top of the desktop's stylesheet, with the same colours (their
    /// contrast pairs are listed and checked there); the graph's marks add the focus orange
    /// and the danger red of that sheet.
    static let previewCSS = #"""
        main.preview {
          max-width: none; display: grid; grid-template-columns: minmax(26rem, 5fr) minmax(22rem, 6fr);
          gap: 1rem; align-items: start;
        }
        .pane { display: flex; flex-direction: column; gap: 1rem; min-width: 0; }
        .panel h1 { font-size: 1.3rem; margin-bottom: 0.5rem; }
        .panel h2:first-child { margin-top: 0; }
        .practice-badge { font-weight: 700; color: #5c3b00; background: #fff4d6; border-left: 6px solid #b26b00; padding: 0.15rem 0.6rem; border-radius: 6px; }
        .diag { margin: 0.5rem 0; }
        .diag pre { margin: 0.25rem 0; max-height: 14rem; font-size: 0.85rem; }
        .diag-error .diag-head { color: #b42318; font-weight: 700; }
        .diag-warning .diag-head { color: #5c3b00; font-weight: 700; }
        .screen { padding: 1rem 1.25rem; }
        .screen .line { font-size: 1.35rem; }
        button.answer { font-size: 1.1rem; min-height: 3rem; padding: 0.6rem 0.9rem; }
        .answers { grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
        .events-bar { position: static; }
        .call-buttons { display: flex; gap: 0.75rem; margin-top: 0.75rem; }
        #contact-fields { grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); }
        details summary { cursor: pointer; font-weight: 600; margin: 0.25rem 0 0.5rem; }
        .path { margin: 0.25rem 0; padding-left: 2.75rem; font-size: 0.95rem; max-height: 16rem; overflow: auto; }
        .path li { margin: 0.1rem 0; }
        .path .p-answered, .path .p-captured { font-weight: 600; color: #0a58a8; }
        .path .p-event, .path .p-refused { font-weight: 600; color: #9b1c1c; }
        .path .p-record, .path .p-ended { font-weight: 700; }
        .path code { color: #4b5563; }
        .graph-pane { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
        .graph svg { max-width: 100%; height: auto; }
        .graph g.node.visited polygon, .graph g.node.visited path, .graph g.node.visited ellipse { stroke: #0a58a8; stroke-width: 2.5px; }
        .graph g.node.current polygon, .graph g.node.current path, .graph g.node.current ellipse { stroke: #c2410c; stroke-width: 4px; }
        .graph-text { max-height: none; font-size: 0.85rem; }
        .breaking { color: #9b1c1c; font-weight: 600; }
        @media (max-width: 64rem) { main.preview { grid-template-columns: 1fr; } .graph-pane { position: static; max-height: none; } }
        """#
}
