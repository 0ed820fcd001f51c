-- The callscript language server in Neovim 0.8 and later (vim.lsp.start reuses one client
-- per project folder). For Neovim 0.7 use callscript-nvim-0.7.lua. Put this file in
-- ~/.config/nvim/lua/ and `require` it. `callscript` must be on PATH.
vim.filetype.add({ extension = { call = "callscript", calltest = "calltest" } })

vim.api.nvim_create_autocmd("FileType", {
  pattern = "callscript",
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    -- The project folder: the nearest folder above with a callscript.json or .git.
    local marker = vim.fs.find({ "callscript.json", ".git" }, { upward = true, path = vim.fs.dirname(file) })[1]
    vim.lsp.start({
      name = "callscript",
      cmd = { "callscript", "lsp" },
      root_dir = marker and vim.fs.dirname(marker) or vim.fs.dirname(file),
    })
  end,
})
