-- The callscript language server in Neovim 0.7 (Debian 12 ships 0.7.2), which has neither
-- vim.lsp.start nor vim.fs: one client per project folder, started with vim.lsp.start_client
-- and attached to every callscript buffer in that folder. For Neovim 0.8 and later use
-- callscript.lua instead. Put this file in ~/.config/nvim/lua/ and `require` it, or
-- `luafile` it from init.vim. `callscript` must be on PATH.
vim.cmd([[
  augroup callscript_filetypes
    autocmd!
    autocmd BufRead,BufNewFile *.call setfiletype callscript
    autocmd BufRead,BufNewFile *.calltest setfiletype calltest
  augroup END
]])

-- The project folder: the nearest folder above the file with a callscript.json or .git,
-- else the file's own folder.
local function project_folder(file)
  local folder = vim.fn.fnamemodify(file, ":p:h")
  local marker = vim.fn.findfile("callscript.json", folder .. ";")
  if marker == "" then
    marker = vim.fn.finddir(".git", folder .. ";")
  end
  if marker == "" then
    return folder
  end
  return vim.fn.fnamemodify(marker, ":p:h:h")
end

local clients = {}

vim.api.nvim_create_autocmd("FileType", {
  pattern = "callscript",
  callback = function(args)
    local root = project_folder(vim.api.nvim_buf_get_name(args.buf))
    local id = clients[root]
    if id == nil or vim.lsp.get_client_by_id(id) == nil then
      id = vim.lsp.start_client({
        name = "callscript",
        cmd = { "callscript", "lsp" },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      })
      if id == nil then
        vim.notify("callscript: cannot start `callscript lsp`; is callscript on PATH?", vim.log.levels.ERROR)
        return
      end
      clients[root] = id
    end
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
