// Stands for a stylesheet imported by a module under test (jest.config.mjs).
module.exports = {}
