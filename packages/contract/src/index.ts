// @ino/contract: what a content service keeps, as pure code that both adapters stand on (the msw mock
// and the reference server). Nothing here does I/O or knows where data is kept.
export {};
